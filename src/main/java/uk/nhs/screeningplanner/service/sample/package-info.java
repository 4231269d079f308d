/**
 * Sample data: {@link uk.nhs.screeningplanner.service.sample.SampleServiceGenerator} builds a
 * realistic fictional breast screening service from a {@link
 * uk.nhs.screeningplanner.service.sample.SampleSpec}, and {@code SampleDataLoader} puts the
 * standard sample into an empty database on first start (design.md "Sample data"). Every number it
 * picks names the domain.md section it comes from.
 */
package uk.nhs.screeningplanner.service.sample;
