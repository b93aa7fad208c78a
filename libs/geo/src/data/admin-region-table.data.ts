// First-level administrative regions that news names as often as countries and that collide with
// other place names ("Georgia", "Washington"): the US states and the UK's four nations. Ids and
// codes are GeoNames' admin1CodesASCII.txt (CC BY 4.0); `admin` is the code the city table uses
// for cities inside the region. Coordinates come from the region's cities (see PlaceGazetteer).
// Row: country|admin|geonameId|name|other names (comma-separated: postal and AP abbreviations)
export const ADMIN_REGION_ROWS = `US|AL|4829764|Alabama|Ala.
US|AK|5879092|Alaska|
US|AZ|5551752|Arizona|Ariz.
US|AR|4099753|Arkansas|Ark.
US|CA|5332921|California|Calif.
US|CO|5417618|Colorado|Colo.
US|CT|4831725|Connecticut|Conn.
US|DE|4142224|Delaware|Del.
US|DC|4138106|District of Columbia|
US|FL|4155751|Florida|Fla.
US|GA|4197000|Georgia|Ga.
US|HI|5855797|Hawaii|
US|ID|5596512|Idaho|
US|IL|4896861|Illinois|Ill.
US|IN|4921868|Indiana|Ind.
US|IA|4862182|Iowa|
US|KS|4273857|Kansas|Kan.
US|KY|6254925|Kentucky|Ky.
US|LA|4331987|Louisiana|La.
US|ME|4971068|Maine|
US|MD|4361885|Maryland|Md.
US|MA|6254926|Massachusetts|Mass.
US|MI|5001836|Michigan|Mich.
US|MN|5037779|Minnesota|Minn.
US|MS|4436296|Mississippi|Miss.
US|MO|4398678|Missouri|Mo.
US|MT|5667009|Montana|Mont.
US|NE|5073708|Nebraska|Neb.
US|NV|5509151|Nevada|Nev.
US|NH|5090174|New Hampshire|N.H.
US|NJ|5101760|New Jersey|N.J.
US|NM|5481136|New Mexico|N.M.
US|NY|5128638|New York State|N.Y.
US|NC|4482348|North Carolina|N.C.
US|ND|5690763|North Dakota|N.D.
US|OH|5165418|Ohio|
US|OK|4544379|Oklahoma|Okla.
US|OR|5744337|Oregon|Ore.
US|PA|6254927|Pennsylvania|Pa.
US|RI|5224323|Rhode Island|R.I.
US|SC|4597040|South Carolina|S.C.
US|SD|5769223|South Dakota|S.D.
US|TN|4662168|Tennessee|Tenn.
US|TX|4736286|Texas|Tex.
US|UT|5549030|Utah|
US|VT|5242283|Vermont|Vt.
US|VA|6254928|Virginia|Va.
US|WA|5815135|Washington State|Wash.
US|WV|4826850|West Virginia|W.Va.
US|WI|5279468|Wisconsin|Wis.
US|WY|5843591|Wyoming|Wyo.
GB|ENG|6269131|England|
GB|SCT|2638360|Scotland|
GB|WLS|2634895|Wales|
GB|NIR|2641364|Northern Ireland|`;
