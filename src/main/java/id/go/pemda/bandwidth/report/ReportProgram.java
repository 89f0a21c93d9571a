package id.go.pemda.bandwidth.report;

/** A program (campaign) a reader may choose, with how many of its OPDs the reader sees. */
public record ReportProgram(Long id, String name, int fiscalYear, int opds) {}
