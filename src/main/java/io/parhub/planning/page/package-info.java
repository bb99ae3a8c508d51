/** Internal to the planning module: the staff pages /staff/plans. */
@NullMarked
package io.parhub.planning.page;

import org.jspecify.annotations.NullMarked;
