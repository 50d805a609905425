// Reference: a stack of expected closers. O(n) time, O(n) memory.
func isValid(s string) bool {
	expect := make([]byte, 0, len(s))
	for i := 0; i < len(s); i++ {
		switch c := s[i]; c {
		case '(':
			expect = append(expect, ')')
		case '[':
			expect = append(expect, ']')
		case '{':
			expect = append(expect, '}')
		default:
			if len(expect) == 0 || expect[len(expect)-1] != c {
				return false
			}
			expect = expect[:len(expect)-1]
		}
	}
	return len(expect) == 0
}
