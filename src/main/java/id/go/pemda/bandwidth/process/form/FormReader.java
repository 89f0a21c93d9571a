package id.go.pemda.bandwidth.process.form;

/** A listener or start delegate that reads a form's submission and fills in what it shows. */
public interface FormReader {

  /** The keys it reads and fills in; the model test holds it against the form file. */
  FormContract form();
}
