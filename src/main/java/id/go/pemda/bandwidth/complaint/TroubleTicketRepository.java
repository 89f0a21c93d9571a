package id.go.pemda.bandwidth.complaint;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

public interface TroubleTicketRepository extends ListCrudRepository<TroubleTicket, Long> {

  List<TroubleTicket> findByComplaintIdOrderById(Long complaintId);

  Optional<TroubleTicket> findByProviderTicketId(String providerTicketId);
}
