package id.go.pemda.bandwidth.opd;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

public interface OpdRepository extends ListCrudRepository<Opd, Long> {

  Optional<Opd> findByCode(String code);

  List<Opd> findByActiveTrueOrderByCode();

  List<Opd> findByTenantIdAndActiveTrueOrderByCode(String tenantId);
}
