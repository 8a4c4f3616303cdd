import { useRef, useState } from 'react';
import 'benefits-explorer'; // defines <benefits-explorer>
import type {} from 'benefits-explorer/react'; // its JSX props and on… event props
import type { FilterChangeDetail } from 'benefits-explorer';

export function App() {
  const explorer = useRef<BenefitsExplorer>(null);
  const [claims, setClaims] = useState<number | null>(null);
  const [opened, setOpened] = useState<string | null>(null);
  const [shown, setShown] = useState<FilterChangeDetail['shown'] | null>(null);
  const [language, setLanguage] = useState<'en' | 'es'>('en');

  return (
    <main>
      <h1>IV magnesium at our clinic</h1>
      <p className="clinic-status" role="status">
        {claims === null ? 'Loading the evidence…' : `${claims} claims checked.`}
        {shown !== null && ` ${shown} shown.`}
        {opened && ` Open: ${opened}.`}
      </p>
      <p>
        <button type="button" onClick={() => setLanguage(language === 'en' ? 'es' : 'en')}>
          {language === 'en' ? 'Español' : 'English'}
        </button>{' '}
        <button type="button" disabled={claims === null} onClick={() => void explorer.current?.reset()}>
          Show all claims
        </button>
      </p>
      <benefits-explorer
        ref={explorer}
        className="explorer"
        lang={language}
        headingLevel={2}
        label="IV magnesium"
        onbe-ready={(event) => setClaims(event.detail.claims)}
        onbe-claim-open={(event) => setOpened(event.detail.id)}
        onbe-filter-change={(event) => setShown(event.detail.shown)}
        onbe-error={(event) => console.error(event.detail.code, event.detail.problems)}
      >
        <p>What the studies say about IV magnesium (this needs JavaScript).</p>
      </benefits-explorer>
    </main>
  );
}
