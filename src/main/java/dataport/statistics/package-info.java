/** Statistics: counts of views, searches and orders, daily roll-ups, the staff dashboard, merchant analytics and public figures. */
package dataport.statistics;
