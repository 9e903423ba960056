/** Evidence: the hash-chained record of every trade's steps, signed checkpoints, public verification and spot checks. */
package dataport.evidence;
