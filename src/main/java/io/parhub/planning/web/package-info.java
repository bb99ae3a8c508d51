/** Internal to the planning module: the JSON API /api/v1/plans. */
@NullMarked
package io.parhub.planning.web;

import org.jspecify.annotations.NullMarked;
