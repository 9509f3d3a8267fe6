/** The management board: members (table board_member) and partner attendance read from board_meeting/board_attendance. */
package org.yothub.plans.board;
