/**
 * Sign-in, users and roles. {@link uk.nhs.screeningplanner.security.UserService} and {@link
 * uk.nhs.screeningplanner.security.Role} are the module's API.
 */
package uk.nhs.screeningplanner.security;
