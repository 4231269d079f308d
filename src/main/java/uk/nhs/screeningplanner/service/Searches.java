package uk.nhs.screeningplanner.service;

import jakarta.persistence.criteria.Predicate;
import java.util.Arrays;
import java.util.Locale;
import org.springframework.data.jpa.domain.Specification;

/** The filters the reference-data grids share: one service's records, matching a search text. */
final class Searches {

  private Searches() {}

  /** Records of {@code service} whose given text fields contain {@code search}, ignoring case. */
  static <T> Specification<T> inService(ScreeningService service, String search, String... fields) {
    Specification<T> filter = (root, query, cb) -> cb.equal(root.get("service"), service);
    if (search == null || search.isBlank()) {
      return filter;
    }
    String like = "%" + search.trim().toLowerCase(Locale.ROOT) + "%";
    return filter.and(
        (root, query, cb) ->
            cb.or(
                Arrays.stream(fields)
                    .map(field -> cb.like(cb.lower(root.get(field)), like))
                    .toArray(Predicate[]::new)));
  }
}
