package id.go.pemda.bandwidth.site;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

public interface SiteRepository extends ListCrudRepository<Site, Long> {

  List<Site> findByOpdCodeAndActiveTrueOrderByName(String opdCode);

  Optional<Site> findByCode(String code);

  long countByOpdCode(String opdCode);
}
