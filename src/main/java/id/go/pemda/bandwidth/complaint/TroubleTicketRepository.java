package id.go.pemda.bandwidth.complaint;

import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

public interface TroubleTicketRepository extends ListCrudRepository<TroubleTicket, Long> {

  Optional<TroubleTicket> findByComplaintId(Long complaintId);

  Optional<TroubleTicket> findByProviderTicketId(String providerTicketId);
}
