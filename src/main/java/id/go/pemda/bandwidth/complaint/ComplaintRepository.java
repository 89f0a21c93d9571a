package id.go.pemda.bandwidth.complaint;

import java.util.List;
import org.springframework.data.repository.ListCrudRepository;

public interface ComplaintRepository extends ListCrudRepository<Complaint, Long> {

  List<Complaint> findByTransitionIdOrderById(Long transitionId);

  List<Complaint> findByOpdCodeOrderById(String opdCode);
}
