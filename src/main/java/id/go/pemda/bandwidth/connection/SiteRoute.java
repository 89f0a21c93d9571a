package id.go.pemda.bandwidth.connection;

/** How a site reaches the central network. */
public enum SiteRoute {
  /** Icon+ installs a new link. */
  ORDER,
  /** The site is Icon+'s customer already: its circuit moves into the central contract. */
  ADOPT
}
