package id.go.pemda.bandwidth.iconplus;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/** A callback already handled; the same reference, status and time again is a duplicate. */
@Table("iconplus_callback")
public record ReceivedCallback(
    @Id Long id, String reference, CallbackStatus status, Instant occurredAt, Instant receivedAt) {}
