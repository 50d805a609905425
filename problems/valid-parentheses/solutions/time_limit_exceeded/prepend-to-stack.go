// Too slow: keeps the top of the stack at index 0, so every push copies the
// whole stack (append([]byte{c}, stack...)): O(n^2) for n openers. Fast
// enough for 10^4 characters, but it fails the O(n) complexity check.
func isValid(s string) bool {
	var stack []byte
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch c {
		case '(', '[', '{':
			stack = append([]byte{c}, stack...)
		default:
			if len(stack) == 0 {
				return false
			}
			open := stack[0]
			stack = stack[1:]
			if (c == ')' && open != '(') || (c == ']' && open != '[') || (c == '}' && open != '{') {
				return false
			}
		}
	}
	return len(stack) == 0
}
