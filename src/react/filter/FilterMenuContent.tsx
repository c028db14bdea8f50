import { composeEventHandlers } from '@radix-ui/primitive';
import * as Popover from '@radix-ui/react-popover';
import { clsx } from 'clsx';
import { forwardRef, useCallback, type HTMLAttributes, type ReactNode } from 'react';
import { useAgentboardRoot, useStandaloneRootProps } from '../root';
import { usePopoverTabOut } from '../shared';
import { useFilterMenuContext } from './filter-menu-context';
import { ArtifactsSection } from './sections/ArtifactsSection';
import { CreatedOnSection } from './sections/CreatedOnSection';
import { CreatorSection } from './sections/CreatorSection';
import { FacetSection } from './sections/FacetSection';
import { SourceSection } from './sections/SourceSection';
import { StatusSection } from './sections/StatusSection';

/**
 * The popover (a dialog named "Filters") with every section: Source and Status, then Creator (All
 * tab only), Day of creation, Has artifact and the host's facets. Inside the management view it portals into the
 * view's root (so it inherits the theme); alone it portals to `document.body` as its own themed
 * root. Must be inside `FilterMenu`. `children` replaces the default sections. Tab from its last
 * stop closes it and moves on to what follows the Filter button (the chips, then the summary and
 * the list); Shift+Tab from its first stop closes it onto the button. The ref and any other `div`
 * attribute go to the popover's element.
 *
 * @example
 * ```tsx
 * <FilterMenu filters={filters} onFiltersChange={setFilters} facets={facets}>
 *   <FilterMenuTrigger />
 *   <FilterMenuContent>
 *     <FilterMenuSection title="Environment" field="facet:env" options={facets.facets.env ?? []}
 *       selected={filters.facets?.env} onToggle={(v) => setFilters((f) => toggleFacetValue(f, 'env', v))} />
 *   </FilterMenuContent>
 * </FilterMenu>
 * ```
 */
// No `id`: Radix gives the popover the id the trigger's `aria-controls` points at; another would break it.
export interface FilterMenuContentProps extends Omit<HTMLAttributes<HTMLDivElement>, 'id'> {
  className?: string;
  children?: ReactNode;
}

export const FilterMenuContent = forwardRef<HTMLDivElement, FilterMenuContentProps>(function FilterMenuContent(
  { className, children, id: _id, onKeyDown: hostKeyDown, ...rest }: FilterMenuContentProps & { id?: string },
  ref,
) {
  const ctx = useFilterMenuContext('FilterMenuContent');
  const root = useAgentboardRoot();
  const standalone = useStandaloneRootProps();
  const { labels, classNames, tab, facetDefinitions, triggerRef, setOpen } = ctx;
  // The popover portals to the end of the root: Tab out of it goes on after the Filter button.
  const close = useCallback(() => setOpen(false), [setOpen]);
  const tabOut = usePopoverTabOut({ onClose: close, triggerRef });
  return (
    <Popover.Portal container={root?.portalContainer ?? undefined}>
      <Popover.Content
        align="start"
        sideOffset={6}
        collisionPadding={8}
        data-color-scheme={standalone['data-color-scheme']}
        {...rest}
        ref={ref}
        className={clsx('ab-popover', 'ab-filter-content', standalone.className, classNames?.filterContent, className)}
        // A dialog named by `labels.filterDialog` (Radix sets the role before the host's props): a stray
        // `role` or `aria-label` must not replace either.
        role="dialog"
        aria-label={labels.filterDialog}
        // The host's handler first; `preventDefault()` in it skips the Tab out.
        onKeyDown={composeEventHandlers(hostKeyDown, tabOut.onKeyDown)}
        onCloseAutoFocus={tabOut.onCloseAutoFocus}
      >
        <div className="ab-filter-sections">
          {children ?? (
            <>
              <div className="ab-filter-col">
                <SourceSection />
                <StatusSection />
              </div>
              <div className="ab-filter-col">
                {tab === 'all' ? <CreatorSection /> : null}
                <CreatedOnSection />
                <ArtifactsSection />
                {facetDefinitions.map((def) => (
                  <FacetSection key={def.key} definition={def} />
                ))}
              </div>
            </>
          )}
        </div>
      </Popover.Content>
    </Popover.Portal>
  );
});
FilterMenuContent.displayName = 'FilterMenuContent';
