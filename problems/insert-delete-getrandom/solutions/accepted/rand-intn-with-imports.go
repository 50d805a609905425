// Accepted: the common LeetCode Go answer, written as a full file with a
// package line and an explicit math/rand import; rand.Intn is used unmodified
// (Go seeds the global source at startup from WASI randomness).
package main

import "math/rand"

type RandomizedSet struct {
	vals []int
	pos  map[int]int
}

func Constructor() RandomizedSet {
	return RandomizedSet{pos: make(map[int]int)}
}

func (this *RandomizedSet) Insert(val int) bool {
	if _, ok := this.pos[val]; ok {
		return false
	}
	this.pos[val] = len(this.vals)
	this.vals = append(this.vals, val)
	return true
}

func (this *RandomizedSet) Remove(val int) bool {
	i, ok := this.pos[val]
	if !ok {
		return false
	}
	n := len(this.vals) - 1
	this.vals[i], this.vals[n] = this.vals[n], this.vals[i]
	this.pos[this.vals[i]] = i
	this.vals = this.vals[:n]
	delete(this.pos, val)
	return true
}

func (this *RandomizedSet) GetRandom() int {
	return this.vals[rand.Intn(len(this.vals))]
}
