// Airport codes of common CDN edge locations → the city status pages name them by (Cloudflare's components
// read e.g. "Frankfurt, Germany - (FRA)"; CloudFront pops start with the code: FRA56-P5).
export const IATA_CITIES: Readonly<Record<string, string>> = {
  AMS: 'Amsterdam', ARN: 'Stockholm', ATH: 'Athens', ATL: 'Atlanta', BCN: 'Barcelona', BKK: 'Bangkok', BNE: 'Brisbane',
  BOM: 'Mumbai', BOS: 'Boston', BRU: 'Brussels', BUD: 'Budapest', CDG: 'Paris', CPH: 'Copenhagen', CPT: 'Cape Town',
  DEL: 'New Delhi', DEN: 'Denver', DFW: 'Dallas', DUB: 'Dublin', DUS: 'Düsseldorf', DXB: 'Dubai', EWR: 'Newark',
  EZE: 'Buenos Aires', FCO: 'Rome', FRA: 'Frankfurt', GIG: 'Rio de Janeiro', GRU: 'São Paulo', HAM: 'Hamburg',
  HEL: 'Helsinki', HKG: 'Hong Kong', IAD: 'Ashburn', ICN: 'Seoul', IST: 'Istanbul', JNB: 'Johannesburg', KIX: 'Osaka',
  KUL: 'Kuala Lumpur', LAX: 'Los Angeles', LHR: 'London', LIS: 'Lisbon', LOS: 'Lagos', MAA: 'Chennai', MAD: 'Madrid',
  MAN: 'Manchester', MEL: 'Melbourne', MEX: 'Mexico City', MIA: 'Miami', MRS: 'Marseille', MUC: 'Munich', MXP: 'Milan',
  NBO: 'Nairobi', NRT: 'Tokyo', ORD: 'Chicago', OSL: 'Oslo', OTP: 'Bucharest', PDX: 'Portland', PER: 'Perth', PHX: 'Phoenix',
  PRG: 'Prague', QRO: 'Querétaro', SCL: 'Santiago', SEA: 'Seattle', SFO: 'San Francisco', SIN: 'Singapore', SJC: 'San Jose',
  SOF: 'Sofia', SYD: 'Sydney', TLV: 'Tel Aviv', TPE: 'Taipei', VIE: 'Vienna', WAW: 'Warsaw', YUL: 'Montréal', YVR: 'Vancouver',
  YYZ: 'Toronto', ZRH: 'Zurich', BOG: 'Bogotá', LIM: 'Lima', CGK: 'Jakarta', MNL: 'Manila', HND: 'Tokyo', SGN: 'Ho Chi Minh City',
  HAN: 'Hanoi', DOH: 'Doha', RUH: 'Riyadh', CAI: 'Cairo', KBP: 'Kyiv', RIX: 'Riga', TLL: 'Tallinn', VNO: 'Vilnius',
  ZAG: 'Zagreb', BEG: 'Belgrade', LUX: 'Luxembourg', EDI: 'Edinburgh', MSP: 'Minneapolis', DTW: 'Detroit', IAH: 'Houston',
  SLC: 'Salt Lake City', LAS: 'Las Vegas', JFK: 'New York', PHL: 'Philadelphia', CLT: 'Charlotte', MCI: 'Kansas City',
};
