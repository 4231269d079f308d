/**
 * Shared kernel: the base entity, the exceptions every module reports to users, and the application
 * layout that lists the views the signed-in user may open.
 */
@org.springframework.modulith.ApplicationModule(
    type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package uk.nhs.screeningplanner.shared;
