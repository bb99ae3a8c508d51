/**
 * The organisation registry over time: administrative units (province, district, commune) and agencies
 * (People's Committees, departments, boards, public service units, central agencies in the province) as dated
 * trees with lineage, so that any question can be asked "as of date D" and history stays attached to the unit
 * that existed then. Other modules use {@link io.parhub.org.Agencies} and {@link io.parhub.org.AdminUnits}.
 */
@NullMarked
package io.parhub.org;

import org.jspecify.annotations.NullMarked;
