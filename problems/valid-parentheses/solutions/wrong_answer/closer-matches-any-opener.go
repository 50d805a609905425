// Wrong answer: one stack, but any closer pops any opener: "(]" is accepted.
func isValid(s string) bool {
	depth := 0
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '(', '[', '{':
			depth++
		default:
			if depth == 0 {
				return false
			}
			depth--
		}
	}
	return depth == 0
}
