package id.go.pemda.bandwidth.engineapi;

/**
 * What an id in a path names. Before the engine runs, the door asks the engine, as the caller,
 * whether the caller can see the object: an object of another Pemda, or one the caller may not
 * read, then answers exactly as an unknown id does.
 */
enum Target {
  TASK,
  PROCESS_INSTANCE,
  PROCESS_DEFINITION,
  PROCESS_DEFINITION_KEY,
  DECISION_DEFINITION,
  JOB_DEFINITION,
  FILTER,
  USER
}
