/**
 * Operations: health, metrics and who may read them ({@code /actuator/**}). It sits on top of
 * the application: it may read the engine, the features' enums and their tables, and the web
 * layer's identity check; nothing else depends on it.
 */
package id.go.pemda.bandwidth.ops;
