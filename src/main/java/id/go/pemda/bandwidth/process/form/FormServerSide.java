package id.go.pemda.bandwidth.process.form;

/**
 * The server side of one form: the task listener of a user task, or the delegate that reads a
 * process's start form. FormModelTest holds its contract against the form file.
 */
public interface FormServerSide {

  /** The keys it reads and fills in. */
  FormContract contract();
}
