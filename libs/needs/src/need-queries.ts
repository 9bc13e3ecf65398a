/** Read port: a need's title, as an SQL scalar subquery of the expression `need` (its id). */
export function needTitleSql(need: string): string {
  return `(SELECT n.title FROM need n WHERE n.id = ${need})`;
}
