module github.com/cymru-complaints/statutory

go 1.26.8

require github.com/rickar/cal/v2 v2.1.13

require (
	github.com/google/go-cmp v0.7.0 // indirect
	github.com/stretchr/testify v1.12.1 // indirect
)
