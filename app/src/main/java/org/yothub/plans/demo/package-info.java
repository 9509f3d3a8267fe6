/** Demo mode only: a management board and this year's budget for each demo tenant, from the seed plans. */
package org.yothub.plans.demo;
