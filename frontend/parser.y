/* parser.y: the grammar of model files (docs/language.md has it in EBNF).
 *
 * A pure, reentrant parser building the AST of ast.h.  Newlines are not
 * tokens: a statement ends where the next one (a name or a keyword) starts.
 * After a syntax error the parser skips to the next statement (the `error`
 * productions) so one run reports several errors.
 */
%define api.pure full
%define api.prefix {g23yy}
%define api.token.prefix {G23_TOK_}
%define api.location.type {g23_loc_t}
%define parse.error detailed
%locations
%expect 0
%param {void *scanner}
%parse-param {g23_parse_t *p}

%code requires {
#include "ast.h"
}

%code provides {
int g23yylex(G23YYSTYPE *lval, g23_loc_t *lloc, void *scanner);
void *g23_lex_open(g23_parse_t *p);
void g23_lex_close(void *scanner);
}

%code {
#include <string.h>

#define YYLLOC_DEFAULT(Cur, Rhs, N)                                        \
  do {                                                                     \
    if (N) {                                                               \
      (Cur) = g23_ast_loc_span(YYRHSLOC(Rhs, 1), YYRHSLOC(Rhs, N));        \
    } else {                                                               \
      (Cur) = YYRHSLOC(Rhs, 0);                                            \
      (Cur).col += (Cur).len;                                              \
      (Cur).len = 1;                                                       \
    }                                                                      \
  } while (0)

static void g23yyerror(g23_loc_t *loc, void *scanner, g23_parse_t *p, const char *msg) {
  (void)scanner;
  if (p->depth_reported) return; /* the parse stopped at the nesting limit */
  p->failed = true;
  if (strcmp(msg, "memory exhausted") == 0) msg = "the model is nested too deeply to parse";
  g23_error(p->d, *loc, "%s", msg);
}

static g23_ast_t *mk(g23_parse_t *p, g23_ast_kind_t k, g23_loc_t loc, g23_ast_t *a, g23_ast_t *b) {
  g23_ast_t *n = g23_ast_new(p->arena, k, loc);
  n->a = a;
  n->b = b;
  int da = a ? a->depth : 0, db = b ? b->depth : 0;
  n->depth = 1 + (da > db ? da : db);
  if (n->depth > G23_MAX_EXPR_DEPTH) {
    if (!p->depth_reported)
      g23_error(p->d, loc, "expression nested more than %d levels deep", G23_MAX_EXPR_DEPTH);
    p->depth_reported = true;
    p->failed = true;
    n->depth = G23_MAX_EXPR_DEPTH;
  }
  return n;
}

static g23_ast_t *mk_name(g23_parse_t *p, g23_ast_kind_t k, g23_loc_t loc, char *name) {
  g23_ast_t *n = mk(p, k, loc, NULL, NULL);
  n->name = name;
  return n;
}

static g23_ast_t *mk_op(g23_parse_t *p, int op, g23_loc_t loc, g23_ast_t *a, g23_ast_t *b) {
  g23_ast_t *n = mk(p, b ? G23_AST_BINARY : G23_AST_UNARY, loc, a, b);
  n->op = op;
  return n;
}

/* A list's height is its deepest element's. */
static g23_ast_t *mk_list(g23_parse_t *p, g23_ast_kind_t k, g23_loc_t loc, g23_ast_t *a, g23_ast_list_t l) {
  g23_ast_t *n = mk(p, k, loc, a, NULL);
  n->list = l;
  for (int i = 0; i < l.n; i++)
    if (l.v[i] && l.v[i]->depth + 1 > n->depth) n->depth = l.v[i]->depth + 1;
  if (n->depth > G23_MAX_EXPR_DEPTH) {
    if (!p->depth_reported)
      g23_error(p->d, loc, "expression nested more than %d levels deep", G23_MAX_EXPR_DEPTH);
    p->depth_reported = true;
    p->failed = true;
    n->depth = G23_MAX_EXPR_DEPTH;
  }
  return n;
}

static g23_ast_list_t one(g23_parse_t *p, g23_ast_t *n) {
  g23_ast_list_t l = {0};
  g23_ast_push(p->arena, &l, n);
  return l;
}

/* (a, b, c) -> body: every parameter must be a plain name. */
static g23_ast_t *mk_lambda(g23_parse_t *p, g23_loc_t loc, g23_ast_list_t params, g23_ast_t *body) {
  for (int i = 0; i < params.n; i++) {
    if (params.v[i]->kind != G23_AST_IDENT) {
      g23_error(p->d, params.v[i]->loc, "a lambda's parameters must be plain names");
      p->failed = true;
    }
  }
  return mk_list(p, G23_AST_LAMBDA, loc, body, params);
}
}

%union {
  g23_ast_t *node;
  g23_ast_list_t list;
  char *str;
  int64_t ival;
  double num;
}

%token <str> IDENT "name"
%token <str> STRING "string"
%token <ival> INT "integer"
%token <num> FLOAT "number"
%token INCLUDE "include" HPARAMS "hparams" INPUT "input" TARGET "target" PARAM "param"
%token LAYER "layer" RETURN "return" REPEAT "repeat" AS "as" FOR "for" IN "in" IF "if"
%token ELSE "else" LOSS "loss" GENERATE "generate" CLASSIFY "classify" FROM "from" NAMES "names"
%token TRUE "true" FALSE "false" NONE "none" AND "and" OR "or" NOT "not"
%token ARROW "->" DOTDOT ".." ELLIPSIS "..." EQ "==" NE "!=" LE "<=" GE ">="

%type <node> stmt if_stmt name_rule type dim hparam lparam expr lambda postfix primary arg index_item
%type <list> stmts name_rules block idlist flags hparams dims lparams lparams_opt exprs args args_opt index_items

%precedence ARROW
%left OR
%left AND
%precedence NOT
%nonassoc EQ NE '<' '>' LE GE
%left '+' '-'
%left '*' '/' '%'
%precedence UMINUS
%right '^'

%%

program: stmts { p->program = $1; }
  ;

stmts: %empty { $$ = (g23_ast_list_t){0}; }
  | stmts stmt { $$ = $1; if ($2) g23_ast_push(p->arena, &$$, $2); }
  ;

block: '{' stmts '}' { $$ = $2; }
  ;

stmt: IDENT '=' expr {
      $$ = mk(p, G23_AST_ASSIGN, @$, $3, NULL);
      $$->list = one(p, mk_name(p, G23_AST_IDENT, @1, $1));
    }
  | IDENT ',' idlist '=' expr {
      $$ = mk(p, G23_AST_ASSIGN, @$, $5, NULL);
      $$->list = one(p, mk_name(p, G23_AST_IDENT, @1, $1));
      for (int i = 0; i < $3.n; i++) g23_ast_push(p->arena, &$$->list, $3.v[i]);
    }
  | IDENT '[' index_items ']' '=' expr {
      $$ = mk_list(p, G23_AST_SLICE_ASSIGN, @$, $6, $3);
      $$->name = $1;
    }
  | PARAM IDENT ':' type flags {
      $$ = mk(p, G23_AST_PARAM, @$, NULL, $4);
      $$->name = $2;
      $$->flags = $5;
    }
  | PARAM IDENT ':' type '=' expr flags {
      $$ = mk(p, G23_AST_PARAM, @$, $6, $4);
      $$->name = $2;
      $$->flags = $7;
    }
  | INPUT IDENT ':' type { $$ = mk(p, G23_AST_INPUT, @$, NULL, $4); $$->name = $2; }
  | TARGET IDENT ':' type { $$ = mk(p, G23_AST_TARGET, @$, NULL, $4); $$->name = $2; }
  | HPARAMS '{' hparams '}' { $$ = mk(p, G23_AST_HPARAMS, @1, NULL, NULL); $$->list = $3; }
  | INCLUDE STRING { $$ = mk_name(p, G23_AST_INCLUDE, @$, $2); }
  | LAYER IDENT '(' lparams_opt ')' block {
      $$ = mk_name(p, G23_AST_LAYER, @2, $2);
      $$->list = $4;
      $$->list2 = $6;
    }
  | REPEAT expr block { $$ = mk(p, G23_AST_REPEAT, @1, $2, NULL); $$->list = $3; }
  | REPEAT expr AS IDENT block {
      $$ = mk(p, G23_AST_REPEAT, @1, $2, NULL);
      $$->name = $4;
      $$->list = $5;
    }
  | FOR IDENT IN expr DOTDOT expr block {
      $$ = mk(p, G23_AST_FOR, @1, $4, $6);
      $$->name = $2;
      $$->list = $7;
    }
  | if_stmt
  | RETURN exprs {
      $$ = mk(p, G23_AST_RETURN, @$, $2.n == 1 ? $2.v[0] : mk_list(p, G23_AST_TUPLE, @2, NULL, $2), NULL);
    }
  | LOSS expr { $$ = mk(p, G23_AST_LOSS, @$, $2, NULL); }
  | GENERATE FROM expr { $$ = mk(p, G23_AST_GENERATE, @$, $3, NULL); }
  | CLASSIFY FROM expr { $$ = mk(p, G23_AST_CLASSIFY, @$, $3, NULL); }
  | NAMES IDENT '{' name_rules '}' { $$ = mk_name(p, G23_AST_NAMES, @2, $2); $$->list = $4; }
  | error { $$ = NULL; }
  ;

/* Inside a names block: "theirs" = "ours", or a word (prefix, tied, skip)
 * before the rule; which words mean what is checked in names.c. */
name_rules: %empty { $$ = (g23_ast_list_t){0}; }
  | name_rules name_rule { $$ = $1; if ($2) g23_ast_push(p->arena, &$$, $2); }
  ;

name_rule: STRING '=' STRING {
      $$ = mk_name(p, G23_AST_NAME_RULE, @1, $1);
      $$->a = mk_name(p, G23_AST_STR, @3, $3);
    }
  | IDENT STRING '=' STRING {
      $$ = mk_name(p, G23_AST_NAME_RULE, @2, $2);
      $$->a = mk_name(p, G23_AST_STR, @4, $4);
      $$->b = mk_name(p, G23_AST_IDENT, @1, $1);
    }
  | IDENT STRING {
      $$ = mk_name(p, G23_AST_NAME_RULE, @2, $2);
      $$->b = mk_name(p, G23_AST_IDENT, @1, $1);
    }
  | error { $$ = NULL; }
  ;

if_stmt: IF expr block { $$ = mk(p, G23_AST_IF, @1, $2, NULL); $$->list = $3; }
  | IF expr block ELSE block {
      $$ = mk(p, G23_AST_IF, @1, $2, NULL);
      $$->list = $3;
      $$->list2 = $5;
    }
  | IF expr block ELSE if_stmt {
      $$ = mk(p, G23_AST_IF, @1, $2, NULL);
      $$->list = $3;
      $$->list2 = one(p, $5);
    }
  ;

idlist: IDENT { $$ = one(p, mk_name(p, G23_AST_IDENT, @1, $1)); }
  | idlist ',' IDENT { $$ = $1; g23_ast_push(p->arena, &$$, mk_name(p, G23_AST_IDENT, @3, $3)); }
  ;

flags: %empty { $$ = (g23_ast_list_t){0}; }
  | flags ',' IDENT { $$ = $1; g23_ast_push(p->arena, &$$, mk_name(p, G23_AST_IDENT, @3, $3)); }
  ;

hparams: %empty { $$ = (g23_ast_list_t){0}; }
  | hparams hparam { $$ = $1; if ($2) g23_ast_push(p->arena, &$$, $2); }
  ;

hparam: IDENT '=' expr { $$ = mk(p, G23_AST_HPARAM, @1, $3, NULL); $$->name = $1; }
  | error { $$ = NULL; }
  ;

type: IDENT '[' dims ']' { $$ = mk_list(p, G23_AST_TYPE, @$, NULL, $3); $$->name = $1; }
  | '[' dims ']' { $$ = mk_list(p, G23_AST_TYPE, @$, NULL, $2); }
  ;

dims: dim { $$ = one(p, $1); }
  | dims ',' dim { $$ = $1; g23_ast_push(p->arena, &$$, $3); }
  ;

dim: expr
  | ELLIPSIS { $$ = mk(p, G23_AST_ELLIPSIS, @1, NULL, NULL); }
  ;

lparams_opt: %empty { $$ = (g23_ast_list_t){0}; }
  | lparams
  ;

lparams: lparam { $$ = one(p, $1); }
  | lparams ',' lparam { $$ = $1; g23_ast_push(p->arena, &$$, $3); }
  ;

lparam: IDENT { $$ = mk_name(p, G23_AST_LPARAM, @1, $1); }
  | IDENT ':' type { $$ = mk(p, G23_AST_LPARAM, @1, NULL, $3); $$->name = $1; }
  | IDENT '=' expr { $$ = mk(p, G23_AST_LPARAM, @1, $3, NULL); $$->name = $1; }
  | IDENT ':' type '=' expr { $$ = mk(p, G23_AST_LPARAM, @1, $5, $3); $$->name = $1; }
  ;

expr: expr OR expr { $$ = mk_op(p, G23_TOK_OR, @$, $1, $3); }
  | expr AND expr { $$ = mk_op(p, G23_TOK_AND, @$, $1, $3); }
  | NOT expr { $$ = mk_op(p, G23_TOK_NOT, @$, $2, NULL); }
  | expr EQ expr { $$ = mk_op(p, G23_TOK_EQ, @$, $1, $3); }
  | expr NE expr { $$ = mk_op(p, G23_TOK_NE, @$, $1, $3); }
  | expr '<' expr { $$ = mk_op(p, '<', @$, $1, $3); }
  | expr '>' expr { $$ = mk_op(p, '>', @$, $1, $3); }
  | expr LE expr { $$ = mk_op(p, G23_TOK_LE, @$, $1, $3); }
  | expr GE expr { $$ = mk_op(p, G23_TOK_GE, @$, $1, $3); }
  | expr '+' expr { $$ = mk_op(p, '+', @$, $1, $3); }
  | expr '-' expr { $$ = mk_op(p, '-', @$, $1, $3); }
  | expr '*' expr { $$ = mk_op(p, '*', @$, $1, $3); }
  | expr '/' expr { $$ = mk_op(p, '/', @$, $1, $3); }
  | expr '%' expr { $$ = mk_op(p, '%', @$, $1, $3); }
  | expr '^' expr { $$ = mk_op(p, '^', @$, $1, $3); }
  | '-' expr %prec UMINUS { $$ = mk_op(p, '-', @$, $2, NULL); }
  | postfix
  | lambda
  ;

lambda: IDENT ARROW expr { $$ = mk_lambda(p, @$, one(p, mk_name(p, G23_AST_IDENT, @1, $1)), $3); }
  | '(' ')' ARROW expr { $$ = mk_lambda(p, @$, (g23_ast_list_t){0}, $4); }
  | '(' exprs ')' ARROW expr { $$ = mk_lambda(p, @$, $2, $5); }
  ;

postfix: primary
  | postfix '(' args_opt ')' { $$ = mk_list(p, G23_AST_CALL, @$, $1, $3); }
  | postfix '[' index_items ']' { $$ = mk_list(p, G23_AST_INDEX, @$, $1, $3); }
  | postfix '.' IDENT { $$ = mk(p, G23_AST_MEMBER, @$, $1, NULL); $$->name = $3; }
  ;

primary: INT { $$ = mk(p, G23_AST_INT, @1, NULL, NULL); $$->ival = $1; }
  | FLOAT { $$ = mk(p, G23_AST_FLOAT, @1, NULL, NULL); $$->num = $1; }
  | STRING { $$ = mk_name(p, G23_AST_STR, @1, $1); }
  | IDENT { $$ = mk_name(p, G23_AST_IDENT, @1, $1); }
  | TRUE { $$ = mk(p, G23_AST_TRUE, @1, NULL, NULL); }
  | FALSE { $$ = mk(p, G23_AST_FALSE, @1, NULL, NULL); }
  | NONE { $$ = mk(p, G23_AST_NONE, @1, NULL, NULL); }
  | '(' exprs ')' { $$ = $2.n == 1 ? $2.v[0] : mk_list(p, G23_AST_TUPLE, @$, NULL, $2); }
  | '[' ']' { $$ = mk_list(p, G23_AST_LIST, @$, NULL, (g23_ast_list_t){0}); }
  | '[' exprs ']' { $$ = mk_list(p, G23_AST_LIST, @$, NULL, $2); }
  ;

exprs: expr { $$ = one(p, $1); }
  | exprs ',' expr { $$ = $1; g23_ast_push(p->arena, &$$, $3); }
  ;

args_opt: %empty { $$ = (g23_ast_list_t){0}; }
  | args
  ;

args: arg { $$ = one(p, $1); }
  | args ',' arg { $$ = $1; g23_ast_push(p->arena, &$$, $3); }
  ;

arg: expr
  | IDENT '=' expr { $$ = mk(p, G23_AST_NAMED, @$, $3, NULL); $$->name = $1; }
  ;

index_items: index_item { $$ = one(p, $1); }
  | index_items ',' index_item { $$ = $1; g23_ast_push(p->arena, &$$, $3); }
  ;

index_item: expr
  | ':' { $$ = mk(p, G23_AST_RANGE, @$, NULL, NULL); }
  | expr ':' { $$ = mk(p, G23_AST_RANGE, @$, $1, NULL); }
  | ':' expr { $$ = mk(p, G23_AST_RANGE, @$, NULL, $2); }
  | expr ':' expr { $$ = mk(p, G23_AST_RANGE, @$, $1, $3); }
  | ELLIPSIS { $$ = mk(p, G23_AST_ELLIPSIS, @$, NULL, NULL); }
  ;

%%

int g23_parse_file(g23_parse_t *p) {
  p->line = p->col = 1;
  void *s = g23_lex_open(p);
  if (!s) {
    g23_error(p->d, g23_noloc, "cannot start the scanner for %s", p->file->name);
    return -1;
  }
  int r = g23yyparse(s, p);
  g23_lex_close(s);
  return r == 0 && !p->failed ? 0 : -1;
}
