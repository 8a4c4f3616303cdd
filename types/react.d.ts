// JSX for React 19: <benefits-explorer> in TSX, its attributes and properties, and its events as `on…` props.
// Use: `import 'benefits-explorer';` (defines the element) and `import type {} from 'benefits-explorer/react';`
// (once, anywhere in the app). React 19 sets a prop as a property when the element has one (`headingLevel`,
// `basePath`, `editor`…), otherwise as an attribute (`heading-level`, `base-path`), and adds a listener for
// each `on<event>` function prop: `onbe-ready` listens to `be-ready`. examples/react uses all of this.
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type {} from './benefits-explorer.js';

type Listener<Detail> = (event: CustomEvent<Detail>) => void;

/** The element's own writable properties (dist/benefits-explorer.d.ts), without its methods and `state`. */
type Properties<T> = { -readonly [K in keyof T as T[K] extends (...args: never[]) => unknown ? never : K]?: T[K] };
type ElementProperties = Omit<Properties<BenefitsExplorer>, keyof HTMLElement | 'state'>;

export interface BenefitsExplorerProps extends ElementProperties, DetailedHTMLProps<HTMLAttributes<BenefitsExplorer>, BenefitsExplorer> {
  /** React 19 passes `class` to custom elements as written (`className` works too). */
  class?: string;
  // The attributes whose names differ from their properties (the properties come from the element's type).
  'heading-level'?: 1 | 2 | 3 | 4 | '1' | '2' | '3' | '4';
  'base-path'?: string;
  'deep-link'?: boolean;
  'link-prefix'?: string;
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
