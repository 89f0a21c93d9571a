package id.go.pemda.bandwidth.connection;

/** The OPD's verdict on the installed link. */
public enum LinkAcceptance {
  ACCEPTED,
  NOT_WORKING
}
