package id.go.pemda.bandwidth.connection;

/** The OPD's verdict on a site's installed link. */
public enum LinkAcceptance {
  ACCEPTED,
  NOT_WORKING
}
