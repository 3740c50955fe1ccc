import Lexer
