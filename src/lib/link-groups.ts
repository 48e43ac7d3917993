/**
 * Groups of links to pre-rendered lists (the models' filters, the teachers' story finder), each
 * with the number of items it leads to: narrowing a list without any script.
 */

export interface CountedLink {
  href: string;
  label: string;
  count: number;
  /** The list the page itself shows. */
  current: boolean;
}

export interface LinkGroup {
  /** e.g. "Theo lĩnh vực". */
  heading: string;
  /** Id of the group's heading, e.g. "loc-linh-vuc". */
  id: string;
  links: CountedLink[];
}
