import { createRoot } from 'react-dom/client';

// The plain Vite + React shell `npm run bench:load` measures the app against: one heading, drawn by JS.
createRoot(document.getElementById('root') as HTMLElement).render(
  <main>
    <h1>Samarbejdskort</h1>
    <p>En tom Vite + React-skal til sammenligning.</p>
  </main>,
);
