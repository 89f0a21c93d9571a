package id.go.pemda.bandwidth.iconplus;

import java.time.Instant;
import org.springframework.data.repository.ListCrudRepository;

public interface ReceivedCallbackRepository extends ListCrudRepository<ReceivedCallback, Long> {

  boolean existsByReferenceAndStatusAndOccurredAt(String reference, CallbackStatus status, Instant occurredAt);
}
