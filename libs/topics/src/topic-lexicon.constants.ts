import type { MediaTopicCode } from './media-topics.constants';

// Hand-written cue lexicons, one per top-level Media Topic, from the IPTC scope notes and general
// news vocabulary — never from an evaluation set. Entries are words or two-word phrases, written
// plainly and stemmed when the classifier is built; the weight (1–3) is how strongly the cue
// alone says the topic: 3 = unambiguous ("touchdown", "wildfire"), 1 = suggestive ("market").
// Written as `cue weight, cue weight, …` so the table stays readable. Economy includes the
// standard wire abbreviations of financial copy (mln, dlrs, shr, qtr, revs).

export const TOPIC_LEXICONS: Readonly<Record<MediaTopicCode, string>> = {
  'medtop:01000000': `
    film 2, movie 2, cinema 2, actor 2, actress 3, album 2, concert 2, festival 1, museum 2,
    exhibition 2, artist 2, novel 2, author 1, theatre 2, theater 2, music 2, singer 3,
    band 1, opera 3, painting 2, gallery 2, box office 3, oscar 3, grammy 3, broadcaster 2,
    newspaper 2, television 1, streaming 1, journalist 1, film festival 3, director 1,
    premiere 2, sculpture 3, poet 3, ballet 3, orchestra 3, best-seller 2`,
  'medtop:02000000': `
    court 2, judge 2, trial 2, prosecutor 3, police 2, arrest 3, arrested 3, charged 2,
    sentenced 3, prison 2, jail 3, murder 3, fraud 2, lawsuit 3, verdict 3, convicted 3,
    crime 3, criminal 2, supreme court 2, indictment 3, indicted 3, suspect 2, guilty 3,
    appeal 1, lawyer 2, attorney 2, pleaded guilty 3, smuggling 2, theft 3, robbery 3,
    homicide 3, defendant 3, jury 3, ruling 1, investigation 1, corruption 2, bail 3`,
  'medtop:03000000': `
    earthquake 3, wildfire 3, flood 3, flooding 3, hurricane 2, typhoon 2, cyclone 2,
    tsunami 3, landslide 3, crash 2, collision 2, derailed 3, explosion 2, fire 1,
    firefighters 3, evacuated 2, evacuation 2, rescue 2, death toll 3, victims 1, disaster 3,
    emergency 1, injured 1, killed 1, survivors 2, blaze 3, drought 1, eruption 3, volcano 3,
    avalanche 3, shipwreck 3, plane crash 3, accident 3`,
  'medtop:04000000': `
    economy 2, economic 2, inflation 3, interest rate 3, interest rates 3, central bank 3,
    gdp 3, gross domestic product 3, recession 3, market 1, markets 1, shares 2, stock 2,
    stocks 2, investor 2, investors 2, profit 3, revenue 3, earnings 3, dividend 3,
    quarter 1, net income 3, loss 1, merger 3, acquisition 3, takeover 3, stake 2, bid 1,
    company 1, bank 1, banks 1, bond 2, bonds 2, debt 2, loan 2, currency 3, dollar 2, yen 3,
    euro 1, exchange 1, trade 2, tariff 3, tariffs 3, export 2, exports 2, import 2,
    imports 2, deficit 2, surplus 2, budget 1, tax 1, price 1, prices 1, oil 1, crude 2,
    barrel 2, opec 3, tonnes 2, commodity 3, wheat 2, grain 2, sugar 2, coffee 1, cocoa 2,
    copper 2, gold 1, per share 3, ceo 2, chief executive 2, shareholders 3, billion 1,
    million 1, growth 1, forecast 1, retail 2, sales 2, industry 1, output 1, production 1,
    stock exchange 3, ipo 3,
    mln 1, dlrs 2, shr 3, qtr 2, revs 3, cts 1, pct 1`,
  'medtop:05000000': `
    school 2, schools 2, university 2, universities 2, student 2, students 2, teacher 3,
    teachers 3, pupils 3, education 3, curriculum 3, exam 2, exams 2, tuition 3, classroom 3,
    campus 2, graduate 2, kindergarten 3, higher education 3, scholarship 3`,
  'medtop:06000000': `
    climate 3, climate change 3, emissions 3, carbon 2, pollution 3, environmental 3,
    environment 2, biodiversity 3, species 2, wildlife 3, deforestation 3, conservation 2,
    renewable 2, fossil fuels 2, greenhouse gas 3, warming 2, recycling 3, plastic 1,
    endangered 3, habitat 2, forest 1, glacier 2, net zero 3, global warming 3`,
  'medtop:07000000': `
    health 2, hospital 2, hospitals 2, patient 2, patients 2, doctor 2, doctors 2, disease 3,
    virus 2, vaccine 3, vaccination 3, outbreak 2, pandemic 3, epidemic 3, cancer 3,
    medical 2, medicine 2, infection 3, infections 3, treatment 1, drug 1, nurses 2,
    clinic 2, public health 3, mental health 3, surgery 3, diabetes 3, covid 3, malaria 3,
    cholera 3, world health organization 3`,
  'medtop:08000000': `
    birthday 2, centenarian 3, zoo 2, pet 2, wedding 2, reunited 3, good samaritan 3,
    quirky 3, record 1, oldest 2, twins 2, hero 1, celebrity 2, royal 1`,
  'medtop:09000000': `
    strike 2, strikes 2, union 2, unions 2, workers 2, wage 3, wages 3, unemployment 3,
    jobless 3, employment 2, jobs 2, layoffs 3, labor market 3, labour market 3, pension 2,
    pensions 2, minimum wage 3, employees 2, collective bargaining 3, walkout 3, payroll 2,
    trade union 3, dockworkers 3, job cuts 3`,
  'medtop:10000000': `
    travel 2, tourism 3, tourist 2, tourists 2, holiday 2, vacation 2, restaurant 2,
    recipe 3, fashion 3, food 1, wine 2, hobby 3, gardening 3, leisure 3, hotel 1, cruise 2,
    chef 2, cooking 3, lifestyle 3`,
  'medtop:11000000': `
    election 3, elections 3, vote 2, voters 3, voting 2, ballot 3, campaign 1, parliament 3,
    parliamentary 3, minister 2, prime minister 3, president 1, government 2, opposition 2,
    party 1, senate 3, congress 2, lawmakers 3, legislation 2, coalition 2, cabinet 2,
    referendum 3, diplomatic 2, diplomat 2, summit 2, sanctions 2, candidate 2, polls 2,
    mayor 2, governor 2, policy 1, democrat 2, republican 2, foreign minister 3, treaty 2,
    constitution 2, bill 1`,
  'medtop:12000000': `
    church 3, pope 3, religious 3, religion 3, mosque 3, temple 2, bishop 3, priest 3,
    imam 3, synagogue 3, faith 2, pilgrims 3, vatican 2, christian 2, muslim 2, jewish 2,
    hindu 2, buddhist 3, ramadan 3, christmas 1, easter 2, clergy 3`,
  'medtop:13000000': `
    scientist 3, scientists 3, research 2, researchers 2, study 1, technology 2, software 2,
    artificial intelligence 3, ai 2, space 1, nasa 3, satellite 3, rocket 3, astronaut 3,
    telescope 3, physics 3, chemistry 3, biology 3, laboratory 2, robot 3, internet 2,
    cyber 2, cyberattack 3, smartphone 3, chip 2, semiconductor 3, data 1, discovery 2,
    genome 3, experiment 2, quantum 3`,
  'medtop:14000000': `
    migrants 3, migration 3, immigration 3, refugees 2, asylum 3, poverty 3, housing 2,
    homeless 3, homelessness 3, welfare 3, discrimination 3, human rights 2, protest 1,
    protesters 2, demonstration 1, community 1, gender 2, racism 3, inequality 3, charity 2,
    population 1, family 1, children 1, civil rights 3`,
  'medtop:15000000': `
    match 2, goal 2, goals 2, scored 2, championship 3, tournament 3, league 2, cup 2,
    world cup 3, final 1, coach 2, striker 3, midfielder 3, goalkeeper 3, referee 3,
    football 3, soccer 3, tennis 3, cricket 3, rugby 3, basketball 3, baseball 3, golf 3,
    olympic 3, olympics 3, athlete 3, athletes 3, season 1, team 1, player 2, players 2,
    stadium 3, medal 3, race 1, grand prix 3, victory 1, defeat 1, touchdown 3, innings 3,
    wicket 3, penalty 1, extra time 3, halftime 3, semifinal 3, semi-final 3,
    quarter-final 3, squad 2, fixture 2, fans 1, club 1`,
  'medtop:16000000': `
    war 3, military 2, troops 3, soldiers 3, army 2, attack 1, attacks 1, airstrike 3,
    airstrikes 3, missile 3, missiles 3, ceasefire 3, cease-fire 3, rebels 3, insurgents 3,
    militants 3, fighting 2, shelling 3, bombing 3, invasion 3, conflict 2, peace talks 3,
    armed 2, terrorist 3, terrorism 3, hostages 3, drone 2, offensive 2, casualties 2,
    armed forces 3, nato 2, militia 3, occupation 2, frontline 3`,
  'medtop:17000000': `
    weather 3, forecast 1, temperatures 3, temperature 2, rain 2, rainfall 3, snow 3,
    storm 2, storms 2, heatwave 3, heat wave 3, wind 1, winds 2, meteorological 3,
    meteorologists 3, frost 3, fog 3, weather service 3, sunshine 2, thunderstorms 3,
    degrees 1, celsius 2, fahrenheit 2, humidity 3`,
};
