/** Reviews: verified buyers rate and review what they accepted, merchants reply once, staff hide with a reason. */
package dataport.reviews;
