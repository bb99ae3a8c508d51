/** Internal to the planning module: the SQL of plans, items, assignments, progress and obligations. */
@NullMarked
package io.parhub.planning.store;

import org.jspecify.annotations.NullMarked;
