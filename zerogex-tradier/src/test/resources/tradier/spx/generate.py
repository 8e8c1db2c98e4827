# Regenerates the canned SPX bodies of this folder; see README.md.
import json, math
from datetime import datetime, date, timezone, timedelta
from scipy.stats import norm
S=4697.24; r=0.053; q=0.014
asof=datetime(2024,1,5,16,0,tzinfo=timezone(timedelta(hours=-5)))
exps=[(date(2024,1,5),['SPXW']),(date(2024,1,8),['SPXW']),(date(2024,1,19),['SPX','SPXW']),(date(2024,2,16),['SPX','SPXW'])]
json.dump({"expirations":{"date":[str(d) for d,_ in exps]}},open('expirations.json','w'))
def bs(K,T,v,call):
    d1=(math.log(S/K)+(r-q+v*v/2)*T)/(v*math.sqrt(T)); d2=d1-v*math.sqrt(T)
    dc=math.exp(-q*T)*norm.cdf(d1)
    g=math.exp(-q*T)*norm.pdf(d1)/(S*v*math.sqrt(T)); vega=S*math.exp(-q*T)*norm.pdf(d1)*math.sqrt(T)
    th=-S*math.exp(-q*T)*norm.pdf(d1)*v/(2*math.sqrt(T)) - r*K*math.exp(-r*T)*norm.cdf(d2) + q*S*dc
    rho=K*T*math.exp(-r*T)*norm.cdf(d2)
    price=S*math.exp(-q*T)*norm.cdf(d1)-K*math.exp(-r*T)*norm.cdf(d2)
    if not call: price=price-S*math.exp(-q*T)+K*math.exp(-r*T)
    return price,(dc if call else dc-1),g,th/365,vega/100,rho/100
for d,roots in exps:
    rows=[]
    for root in roots:
        settle = datetime(d.year,d.month,d.day,9,30 if root=='SPX' else 16,tzinfo=timezone(timedelta(hours=-5)))
        T=max((settle-asof).total_seconds(),60)/(365*86400)
        for K in (4600,4650,4700,4750,4800):
            for call in (True,False):
                v=0.13+0.4*(K/S-1)**2+ (0.01 if root=='SPX' else 0)
                p,dl,g,th,ve,rh=bs(K,T,v,call)
                p=max(p,0.05)
                bid=round(p*0.98,2); ask=round(p*1.02+0.05,2)
                sym=f"{root}{d:%y%m%d}{'C' if call else 'P'}{K*1000:08d}"
                g_={"delta":dl,"gamma":g,"theta":th,"vega":ve,"rho":rh,"phi":-0.1,"bid_iv":round(v-0.005,6),"mid_iv":round(v,6),"ask_iv":round(v+0.005,6),"smv_vol":round(v+0.001,3),"updated_at":"2024-01-05 15:59:59"}
                row={"symbol":sym,"description":f"{root} {d} {K} {'Call' if call else 'Put'}","exch":"C","type":"option","last":round(p,2),"change":None,"volume":100+K//50,"open":None,"high":None,"low":None,"close":None,"bid":bid,"ask":ask,"underlying":"SPX","strike":float(K),"greeks":g_,"open_interest":1000+K//10,"contract_size":100,"expiration_date":str(d),"expiration_type":"standard" if root=='SPX' else "weeklys","option_type":"call" if call else "put","root_symbol":root,"bid_date":1704488400000,"ask_date":1704488400000,"trade_date":1704488399000}
                rows.append(row)
    rows[-1]["bid"]=0.0; rows[-1]["greeks"]["bid_iv"]=0.0; rows[-1]["greeks"]["mid_iv"]=0.0
    rows=rows[1::2]+rows[0::2]
    json.dump({"options":{"option":rows}},open(f'chain_{d}.json','w'))
json.dump({"quotes":{"quote":{"symbol":"SPX","description":"S&P 500 Index","exch":"C","type":"index","last":S,"change":8.56,"volume":0,"open":4690.57,"high":4721.49,"low":4682.11,"close":4697.24,"bid":None,"ask":None,"change_percentage":0.19,"average_volume":0,"last_volume":0,"trade_date":1704488400000,"prevclose":4688.68,"week_52_high":4793.3,"week_52_low":3794.33,"bidsize":0,"bidexch":None,"bid_date":0,"asksize":0,"askexch":None,"ask_date":0,"root_symbols":"SPX,SPXW"}}},open('quote.json','w'))
data=[]; base=int(datetime(2024,1,5,9,30,tzinfo=timezone(timedelta(hours=-5))).timestamp()); px=4690.57
for i in range(7):
    o=px; c=round(px+(1.5 if i%2 else -0.75),2); h=round(max(o,c)+0.8,2); l=round(min(o,c)-0.6,2)
    t=datetime.fromtimestamp(base+300*i,timezone(timedelta(hours=-5)))
    data.append({"time":t.strftime('%Y-%m-%dT%H:%M:%S'),"timestamp":base+300*i,"price":c,"open":o,"high":h,"low":l,"close":c,"volume":0,"vwap":c})
    px=c
data=data[3:]+data[:3]
json.dump({"series":{"data":data}},open('timesales_5min.json','w'))
