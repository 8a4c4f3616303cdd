// JSX for React 19: <benefits-explorer> in TSX, its attributes and properties, and its events as `on…` props.
// Use: `import 'benefits-explorer';` (defines the element) and `import type {} from 'benefits-explorer/react';`
// (once, anywhere in the app). React 19 sets a prop as a property when the element has one (`headingLevel`,
// `basePath`, `editor`…), otherwise as an attribute (`heading-level`, `base-path`), and adds a listener for
// each `on<event>` function prop: `onbe-ready` listens to `be-ready`. examples/react uses all of this.
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type {} from './benefits-explorer.js';

type Listener<Detail> = (event: CustomEvent<Detail>) => void;

export interface BenefitsExplorerProps extends DetailedHTMLProps<HTMLAttributes<BenefitsExplorer>, BenefitsExplorer> {
  /** React 19 passes `class` to custom elements as written (`className` works too). */
  class?: string;
  src?: string | null;
  loading?: 'eager' | 'lazy';
  topic?: string | null;
  editor?: boolean;
  print?: 'handout' | 'full';
  'heading-level'?: 1 | 2 | 3 | 4 | '1' | '2' | '3' | '4';
  headingLevel?: 1 | 2 | 3 | 4;
  theme?: 'auto' | 'light' | 'dark';
  label?: string | null;
  timeout?: number;
  'base-path'?: string | null;
  basePath?: string | null;
  'onbe-ready'?: Listener<BenefitsExplorerReadyDetail>;
  'onbe-error'?: Listener<BenefitsExplorerErrorDetail>;
  'onbe-claim-open'?: Listener<BenefitsExplorerClaimOpenDetail>;
  'onbe-filter-change'?: Listener<BenefitsExplorerFilterChangeDetail>;
}

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      'benefits-explorer': BenefitsExplorerProps;
    }
  }
}
