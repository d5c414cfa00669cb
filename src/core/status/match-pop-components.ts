// Which of a status page's components is the edge location a failure came through: by airport code as
// a word ("… - (FRA)") or by the city's name ("Frankfurt, Germany").
import { normalizePop } from '../incidents/normalize-pop';
import { IATA_CITIES } from './iata-cities';
import type { StatusComponent } from './status-report';

export function matchPopComponents(pop: string | undefined, components: readonly StatusComponent[]): StatusComponent[] {
  const code = normalizePop(pop);
  if (code === undefined || !/^[A-Z]{3}$/.test(code)) return [];
  const byCode = new RegExp(`(^|[^A-Za-z])${code}([^A-Za-z]|$)`);
  const city = IATA_CITIES[code]?.toLowerCase();
  return components.filter((c) => byCode.test(c.name) || (city !== undefined && startsWord(c.name.toLowerCase(), city)));
}

function startsWord(name: string, city: string): boolean {
  const at = name.indexOf(city);
  if (at < 0) return false;
  const before = at === 0 ? '' : name.charAt(at - 1);
  const after = name.charAt(at + city.length);
  return !/[\p{L}]/u.test(before) && !/[\p{L}]/u.test(after);
}
