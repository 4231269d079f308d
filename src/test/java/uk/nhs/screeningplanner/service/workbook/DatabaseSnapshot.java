package uk.nhs.screeningplanner.service.workbook;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/** Row counts of every reference-data table and the audit log, to show nothing was written. */
record DatabaseSnapshot(Map<String, Long> counts) {

  private static final List<String> TABLES =
      List.of(
          "screening_service",
          "site",
          "site_blackout",
          "screening_unit",
          "unit_calendar_entry",
          "gp_practice",
          "gp_practice_alternative_site",
          "staff_member",
          "staff_skill",
          "availability",
          "demand_override",
          "audit_entry");

  static DatabaseSnapshot of(JdbcTemplate jdbc) {
    Map<String, Long> counts = new LinkedHashMap<>();
    for (String table : TABLES) {
      counts.put(table, jdbc.queryForObject("select count(*) from " + table, Long.class));
    }
    return new DatabaseSnapshot(counts);
  }
}
