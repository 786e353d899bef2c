// "a" or "an" before a word that is only known at run time ("an evidence", "a claim"), by its first sound as
// far as its spelling tells: a vowel letter, except "eu"/"uni"/"use"-like "you" sounds and "one".
const YOU_SOUND = /^(?:eu|uni|use|usa|uti|ur[aei]|one\b)/i;

/** The word with its indefinite article: `withArticle('evidence')` is "an evidence". */
export function withArticle(word: string): string {
  const an = /^[aeiou]/i.test(word) && !YOU_SOUND.test(word);
  return `${an ? 'an' : 'a'} ${word}`;
}
