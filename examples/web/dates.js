// A day typed in the reader's format: ISO (2026-12-03) in both languages,
// 3.12.2026 or «3. desember 2026» in bokmål, 3/12/2026 or «3 December 2026»
// in English (day first, as in Britain and Norway). A date being typed waits
// (`partial`); one that cannot be a date says so (`error`), in the language.

const MONTHS = {
  nb: ["januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "desember"],
  en: ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"],
};

const pad = (n, w = 2) => String(n).padStart(w, "0");

/** `YYYY-MM-DD` for a real calendar day, else null. */
export function isoDay(y, m, d) {
  if (!(y >= 1 && y <= 9999 && m >= 1 && m <= 12 && d >= 1 && d <= 31)) return null;
  const t = new Date(Date.UTC(y, m - 1, d));
  t.setUTCFullYear(y);
  if (t.getUTCMonth() !== m - 1 || t.getUTCDate() !== d) return null;
  return `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
}

const WORDS = {
  nb: { impossible: (s) => `«${s}» er ingen dato i kalenderen`, format: "Skriv datoen som 3.12.2026, 3. desember 2026 eller 2026-12-03", year: "Skriv året med fire sifre" },
  en: { impossible: (s) => `“${s}” is not a calendar date`, format: "Write the date as 3/12/2026, 3 December 2026 or 2026-12-03", year: "Write the year with four digits" },
};

/** The hint shown under a date field. */
export const dateHint = (lang) => (lang === "en" ? "DD/MM/YYYY" : "DD.MM.ÅÅÅÅ");

/**
 * Reads a typed day: `{ day }` (ISO), `{ partial: true }` while it may still
 * become a date, or `{ error }` with the reason in the language.
 */
export function parseDay(input, lang = "nb") {
  const s = String(input ?? "").trim();
  const w = WORDS[lang] ?? WORDS.nb;
  if (s === "") return { partial: true };
  let m = s.match(/^(\d{4})-(\d{1,2})-(\d{1,2})$/);
  let parts = m ? [Number(m[1]), Number(m[2]), Number(m[3])] : null;
  if (!parts) {
    m = s.match(/^(\d{1,2})\s*[./]\s*(\d{1,2})\s*[./]\s*(\d+)$/);
    if (m) {
      if (m[3].length !== 4) return m[3].length < 4 ? { partial: true } : { error: w.year };
      parts = [Number(m[3]), Number(m[2]), Number(m[1])];
    }
  }
  if (!parts) {
    m = s.toLowerCase().match(/^(\d{1,2})\.?\s+([a-zæøå]+)\.?\s+(\d+)$/);
    if (m) {
      const names = [...MONTHS.nb, ...MONTHS.en];
      const k = names.findIndex((n) => n.startsWith(m[2]) && m[2].length >= 3);
      if (k >= 0) {
        if (m[3].length !== 4) return m[3].length < 4 ? { partial: true } : { error: w.year };
        parts = [Number(m[3]), (k % 12) + 1, Number(m[1])];
      }
    }
  }
  if (parts) {
    const day = isoDay(...parts);
    return day ? { day } : { error: w.impossible(s) };
  }
  // Still on its way to a date: digits, separators and letters of a month.
  if (/^[\d./\s-]*$/.test(s) && s.length < 10) return { partial: true };
  if (/^\d{1,2}\.?\s+[a-zæøå]*\.?\s*\d{0,3}$/i.test(s)) return { partial: true };
  return { error: w.format };
}

/** A day as the reader writes it: 3.12.2026 / 3/12/2026. */
export function showDay(iso, lang = "nb") {
  const m = String(iso ?? "").match(/^(\d{4})-(\d{2})-(\d{2})$/);
  if (!m) return iso ?? "";
  const [y, mo, d] = [m[1], Number(m[2]), Number(m[3])];
  return lang === "en" ? `${d}/${mo}/${y}` : `${d}.${mo}.${y}`;
}
