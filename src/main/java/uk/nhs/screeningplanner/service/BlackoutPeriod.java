package uk.nhs.screeningplanner.service;

import jakarta.persistence.Embeddable;
import java.time.LocalDate;

/**
 * Dates a site cannot host screening, e.g. a supermarket car park at Christmas (domain.md §2.1).
 */
@Embeddable
public record BlackoutPeriod(LocalDate startDate, LocalDate endDate, String reason) {

  public boolean covers(LocalDate date) {
    return !date.isBefore(startDate) && !date.isAfter(endDate);
  }
}
