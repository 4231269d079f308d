package uk.nhs.screeningplanner.service.workbook;

import uk.nhs.screeningplanner.service.BlackoutPeriod;
import uk.nhs.screeningplanner.service.ScreeningService;
import uk.nhs.screeningplanner.service.Site;

/**
 * A blackout period with the site it belongs to: one row of the Site blackouts sheet. Blackouts are
 * stored inside their site, so they are compared and applied site by site.
 */
record SiteBlackout(ScreeningService service, Site site, String siteCode, BlackoutPeriod period) {

  static SiteBlackout of(Site site, BlackoutPeriod period) {
    return new SiteBlackout(site.getService(), site, site.getCode(), period);
  }
}
